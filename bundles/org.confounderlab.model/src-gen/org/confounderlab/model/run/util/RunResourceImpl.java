/**
 */
package org.confounderlab.model.run.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.run.util.RunResourceFactoryImpl
 * @generated
 */
public class RunResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public RunResourceImpl(URI uri) {
		super(uri);
	}

} //RunResourceImpl
