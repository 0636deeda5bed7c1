/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a run read its data set. The full lists of skipped rows and unreadable images are files in the run folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getImages <em>Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getSkippedRows <em>Skipped Rows</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getBadImages <em>Bad Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getCacheFile <em>Cache File</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#isCacheBuilt <em>Cache Built</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getCacheMillis <em>Cache Millis</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getCacheBytes <em>Cache Bytes</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InputRecord#getCacheBits <em>Cache Bits</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getInputRecord()
 * @model
 * @generated
 */
public interface InputRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows the import took (one image each).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Images</em>' attribute.
	 * @see #setImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_Images()
	 * @model
	 * @generated
	 */
	int getImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getImages <em>Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Images</em>' attribute.
	 * @see #getImages()
	 * @generated
	 */
	void setImages(int value);

	/**
	 * Returns the value of the '<em><b>Skipped Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows of the metadata the import could not use (listed in skipped-rows.tsv).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skipped Rows</em>' attribute.
	 * @see #setSkippedRows(int)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_SkippedRows()
	 * @model
	 * @generated
	 */
	int getSkippedRows();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getSkippedRows <em>Skipped Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped Rows</em>' attribute.
	 * @see #getSkippedRows()
	 * @generated
	 */
	void setSkippedRows(int value);

	/**
	 * Returns the value of the '<em><b>Bad Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Images that could not be read (listed in bad-images.tsv): skipped, or the reason the run stopped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bad Images</em>' attribute.
	 * @see #setBadImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_BadImages()
	 * @model
	 * @generated
	 */
	int getBadImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getBadImages <em>Bad Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bad Images</em>' attribute.
	 * @see #getBadImages()
	 * @generated
	 */
	void setBadImages(int value);

	/**
	 * Returns the value of the '<em><b>Cache File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The preprocessed cache the run read its images from; empty when it decoded every image from its file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache File</em>' attribute.
	 * @see #setCacheFile(String)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_CacheFile()
	 * @model
	 * @generated
	 */
	String getCacheFile();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getCacheFile <em>Cache File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache File</em>' attribute.
	 * @see #getCacheFile()
	 * @generated
	 */
	void setCacheFile(String value);

	/**
	 * Returns the value of the '<em><b>Cache Built</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when this run built the cache, false when it reused one an earlier run built.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache Built</em>' attribute.
	 * @see #setCacheBuilt(boolean)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_CacheBuilt()
	 * @model
	 * @generated
	 */
	boolean isCacheBuilt();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#isCacheBuilt <em>Cache Built</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Built</em>' attribute.
	 * @see #isCacheBuilt()
	 * @generated
	 */
	void setCacheBuilt(boolean value);

	/**
	 * Returns the value of the '<em><b>Cache Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long opening (or building) the cache, or checking every image without one, took.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache Millis</em>' attribute.
	 * @see #setCacheMillis(long)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_CacheMillis()
	 * @model
	 * @generated
	 */
	long getCacheMillis();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getCacheMillis <em>Cache Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Millis</em>' attribute.
	 * @see #getCacheMillis()
	 * @generated
	 */
	void setCacheMillis(long value);

	/**
	 * Returns the value of the '<em><b>Cache Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Bytes</em>' attribute.
	 * @see #setCacheBytes(long)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_CacheBytes()
	 * @model
	 * @generated
	 */
	long getCacheBytes();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getCacheBytes <em>Cache Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Bytes</em>' attribute.
	 * @see #getCacheBytes()
	 * @generated
	 */
	void setCacheBytes(long value);

	/**
	 * Returns the value of the '<em><b>Cache Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Bits</em>' attribute.
	 * @see #setCacheBits(int)
	 * @see org.confounderlab.model.run.RunPackage#getInputRecord_CacheBits()
	 * @model
	 * @generated
	 */
	int getCacheBits();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InputRecord#getCacheBits <em>Cache Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Bits</em>' attribute.
	 * @see #getCacheBits()
	 * @generated
	 */
	void setCacheBits(int value);

} // InputRecord
