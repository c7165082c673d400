/**
 */
package org.cruise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Program Diff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Result of comparing two builds of a program (cruise diff OLD NEW): which functions and data objects changed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.ProgramDiff#getOldProgram <em>Old Program</em>}</li>
 *   <li>{@link org.cruise.model.ProgramDiff#getNewProgram <em>New Program</em>}</li>
 *   <li>{@link org.cruise.model.ProgramDiff#getOldBuildId <em>Old Build Id</em>}</li>
 *   <li>{@link org.cruise.model.ProgramDiff#getNewBuildId <em>New Build Id</em>}</li>
 *   <li>{@link org.cruise.model.ProgramDiff#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.cruise.model.ProgramDiff#getData <em>Data</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getProgramDiff()
 * @model
 * @generated
 */
public interface ProgramDiff extends EObject {
	/**
	 * Returns the value of the '<em><b>Old Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Program</em>' attribute.
	 * @see #setOldProgram(String)
	 * @see org.cruise.model.CruisePackage#getProgramDiff_OldProgram()
	 * @model
	 * @generated
	 */
	String getOldProgram();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProgramDiff#getOldProgram <em>Old Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Program</em>' attribute.
	 * @see #getOldProgram()
	 * @generated
	 */
	void setOldProgram(String value);

	/**
	 * Returns the value of the '<em><b>New Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Program</em>' attribute.
	 * @see #setNewProgram(String)
	 * @see org.cruise.model.CruisePackage#getProgramDiff_NewProgram()
	 * @model
	 * @generated
	 */
	String getNewProgram();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProgramDiff#getNewProgram <em>New Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Program</em>' attribute.
	 * @see #getNewProgram()
	 * @generated
	 */
	void setNewProgram(String value);

	/**
	 * Returns the value of the '<em><b>Old Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Build Id</em>' attribute.
	 * @see #setOldBuildId(String)
	 * @see org.cruise.model.CruisePackage#getProgramDiff_OldBuildId()
	 * @model
	 * @generated
	 */
	String getOldBuildId();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProgramDiff#getOldBuildId <em>Old Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Build Id</em>' attribute.
	 * @see #getOldBuildId()
	 * @generated
	 */
	void setOldBuildId(String value);

	/**
	 * Returns the value of the '<em><b>New Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Build Id</em>' attribute.
	 * @see #setNewBuildId(String)
	 * @see org.cruise.model.CruisePackage#getProgramDiff_NewBuildId()
	 * @model
	 * @generated
	 */
	String getNewBuildId();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProgramDiff#getNewBuildId <em>New Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Build Id</em>' attribute.
	 * @see #getNewBuildId()
	 * @generated
	 */
	void setNewBuildId(String value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.SymbolChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getProgramDiff_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SymbolChange> getFunctions();

	/**
	 * Returns the value of the '<em><b>Data</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.SymbolChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Global and static data objects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getProgramDiff_Data()
	 * @model containment="true"
	 * @generated
	 */
	EList<SymbolChange> getData();

} // ProgramDiff
