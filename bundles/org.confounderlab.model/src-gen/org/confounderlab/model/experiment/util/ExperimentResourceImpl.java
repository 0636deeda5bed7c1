/**
 */
package org.confounderlab.model.experiment.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.experiment.util.ExperimentResourceFactoryImpl
 * @generated
 */
public class ExperimentResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public ExperimentResourceImpl(URI uri) {
		super(uri);
	}

} //ExperimentResourceImpl
