/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Input Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getSkippedRows <em>Skipped Rows</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getBadImages <em>Bad Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getCacheFile <em>Cache File</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#isCacheBuilt <em>Cache Built</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getCacheMillis <em>Cache Millis</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getCacheBytes <em>Cache Bytes</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InputRecordImpl#getCacheBits <em>Cache Bits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InputRecordImpl extends EObjectImpl implements InputRecord {
	/**
	 * The default value of the '{@link #getImages() <em>Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected static final int IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected int images = IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkippedRows() <em>Skipped Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkippedRows()
	 * @generated
	 * @ordered
	 */
	protected static final int SKIPPED_ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSkippedRows() <em>Skipped Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkippedRows()
	 * @generated
	 * @ordered
	 */
	protected int skippedRows = SKIPPED_ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBadImages() <em>Bad Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBadImages()
	 * @generated
	 * @ordered
	 */
	protected static final int BAD_IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBadImages() <em>Bad Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBadImages()
	 * @generated
	 * @ordered
	 */
	protected int badImages = BAD_IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheFile() <em>Cache File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CACHE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCacheFile() <em>Cache File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheFile()
	 * @generated
	 * @ordered
	 */
	protected String cacheFile = CACHE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCacheBuilt() <em>Cache Built</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCacheBuilt()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CACHE_BUILT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCacheBuilt() <em>Cache Built</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCacheBuilt()
	 * @generated
	 * @ordered
	 */
	protected boolean cacheBuilt = CACHE_BUILT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheMillis() <em>Cache Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long CACHE_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCacheMillis() <em>Cache Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheMillis()
	 * @generated
	 * @ordered
	 */
	protected long cacheMillis = CACHE_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheBytes() <em>Cache Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long CACHE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCacheBytes() <em>Cache Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheBytes()
	 * @generated
	 * @ordered
	 */
	protected long cacheBytes = CACHE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheBits() <em>Cache Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheBits()
	 * @generated
	 * @ordered
	 */
	protected static final int CACHE_BITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCacheBits() <em>Cache Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheBits()
	 * @generated
	 * @ordered
	 */
	protected int cacheBits = CACHE_BITS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InputRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.INPUT_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getImages() {
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImages(int newImages) {
		int oldImages = images;
		images = newImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__IMAGES, oldImages, images));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSkippedRows() {
		return skippedRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkippedRows(int newSkippedRows) {
		int oldSkippedRows = skippedRows;
		skippedRows = newSkippedRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__SKIPPED_ROWS, oldSkippedRows, skippedRows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBadImages() {
		return badImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBadImages(int newBadImages) {
		int oldBadImages = badImages;
		badImages = newBadImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__BAD_IMAGES, oldBadImages, badImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCacheFile() {
		return cacheFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheFile(String newCacheFile) {
		String oldCacheFile = cacheFile;
		cacheFile = newCacheFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__CACHE_FILE, oldCacheFile, cacheFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCacheBuilt() {
		return cacheBuilt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheBuilt(boolean newCacheBuilt) {
		boolean oldCacheBuilt = cacheBuilt;
		cacheBuilt = newCacheBuilt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__CACHE_BUILT, oldCacheBuilt, cacheBuilt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCacheMillis() {
		return cacheMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheMillis(long newCacheMillis) {
		long oldCacheMillis = cacheMillis;
		cacheMillis = newCacheMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__CACHE_MILLIS, oldCacheMillis, cacheMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCacheBytes() {
		return cacheBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheBytes(long newCacheBytes) {
		long oldCacheBytes = cacheBytes;
		cacheBytes = newCacheBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__CACHE_BYTES, oldCacheBytes, cacheBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCacheBits() {
		return cacheBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheBits(int newCacheBits) {
		int oldCacheBits = cacheBits;
		cacheBits = newCacheBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INPUT_RECORD__CACHE_BITS, oldCacheBits, cacheBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.INPUT_RECORD__IMAGES:
				return getImages();
			case RunPackage.INPUT_RECORD__SKIPPED_ROWS:
				return getSkippedRows();
			case RunPackage.INPUT_RECORD__BAD_IMAGES:
				return getBadImages();
			case RunPackage.INPUT_RECORD__CACHE_FILE:
				return getCacheFile();
			case RunPackage.INPUT_RECORD__CACHE_BUILT:
				return isCacheBuilt();
			case RunPackage.INPUT_RECORD__CACHE_MILLIS:
				return getCacheMillis();
			case RunPackage.INPUT_RECORD__CACHE_BYTES:
				return getCacheBytes();
			case RunPackage.INPUT_RECORD__CACHE_BITS:
				return getCacheBits();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RunPackage.INPUT_RECORD__IMAGES:
				setImages((Integer)newValue);
				return;
			case RunPackage.INPUT_RECORD__SKIPPED_ROWS:
				setSkippedRows((Integer)newValue);
				return;
			case RunPackage.INPUT_RECORD__BAD_IMAGES:
				setBadImages((Integer)newValue);
				return;
			case RunPackage.INPUT_RECORD__CACHE_FILE:
				setCacheFile((String)newValue);
				return;
			case RunPackage.INPUT_RECORD__CACHE_BUILT:
				setCacheBuilt((Boolean)newValue);
				return;
			case RunPackage.INPUT_RECORD__CACHE_MILLIS:
				setCacheMillis((Long)newValue);
				return;
			case RunPackage.INPUT_RECORD__CACHE_BYTES:
				setCacheBytes((Long)newValue);
				return;
			case RunPackage.INPUT_RECORD__CACHE_BITS:
				setCacheBits((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RunPackage.INPUT_RECORD__IMAGES:
				setImages(IMAGES_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__SKIPPED_ROWS:
				setSkippedRows(SKIPPED_ROWS_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__BAD_IMAGES:
				setBadImages(BAD_IMAGES_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__CACHE_FILE:
				setCacheFile(CACHE_FILE_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__CACHE_BUILT:
				setCacheBuilt(CACHE_BUILT_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__CACHE_MILLIS:
				setCacheMillis(CACHE_MILLIS_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__CACHE_BYTES:
				setCacheBytes(CACHE_BYTES_EDEFAULT);
				return;
			case RunPackage.INPUT_RECORD__CACHE_BITS:
				setCacheBits(CACHE_BITS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RunPackage.INPUT_RECORD__IMAGES:
				return images != IMAGES_EDEFAULT;
			case RunPackage.INPUT_RECORD__SKIPPED_ROWS:
				return skippedRows != SKIPPED_ROWS_EDEFAULT;
			case RunPackage.INPUT_RECORD__BAD_IMAGES:
				return badImages != BAD_IMAGES_EDEFAULT;
			case RunPackage.INPUT_RECORD__CACHE_FILE:
				return CACHE_FILE_EDEFAULT == null ? cacheFile != null : !CACHE_FILE_EDEFAULT.equals(cacheFile);
			case RunPackage.INPUT_RECORD__CACHE_BUILT:
				return cacheBuilt != CACHE_BUILT_EDEFAULT;
			case RunPackage.INPUT_RECORD__CACHE_MILLIS:
				return cacheMillis != CACHE_MILLIS_EDEFAULT;
			case RunPackage.INPUT_RECORD__CACHE_BYTES:
				return cacheBytes != CACHE_BYTES_EDEFAULT;
			case RunPackage.INPUT_RECORD__CACHE_BITS:
				return cacheBits != CACHE_BITS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (images: ");
		result.append(images);
		result.append(", skippedRows: ");
		result.append(skippedRows);
		result.append(", badImages: ");
		result.append(badImages);
		result.append(", cacheFile: ");
		result.append(cacheFile);
		result.append(", cacheBuilt: ");
		result.append(cacheBuilt);
		result.append(", cacheMillis: ");
		result.append(cacheMillis);
		result.append(", cacheBytes: ");
		result.append(cacheBytes);
		result.append(", cacheBits: ");
		result.append(cacheBits);
		result.append(')');
		return result.toString();
	}

} //InputRecordImpl
