package nl.ontschot.app.instrument.internal;

import java.util.List;

/**
 * One line of a list of the case (a party, an activity, ...) with its editable fields. In a long list the
 * fields are left out ({@code lazy}) and fetched when the person opens the line.
 */
record LineView(String id, int index, String title, boolean lazy, List<FieldView> fields) {
}
