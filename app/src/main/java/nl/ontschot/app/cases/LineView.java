package nl.ontschot.app.cases;

import java.util.List;

/** One line of a list of the case (a party, an activity, ...) with its editable fields. */
record LineView(String id, String title, List<FieldView> fields) {
}
