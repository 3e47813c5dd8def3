package org.otexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The keyboard shortcuts (Help → Keyboard shortcuts, F1) read from the menus themselves, so that the list cannot
 * miss one or name one that is gone: every menu item with an accelerator, by menu, in the platform's key names
 * ("Ctrl+E" here, "⌘E" on a Mac), with the aliases that have no menu item of their own beside their item's keys.
 * The front workbench's own items (F7–F9) are in the menus while it is in front, so the list is the front tab's.
 */
final class ShortcutTable {
    /** One menu's shortcuts. */
    record Section(String menu, List<Row> rows) {
    }

    /** The keys of one menu item and what it does. */
    record Row(String keys, String action) {
    }

    private ShortcutTable() {
    }

    /** The sections of the menus that have items with accelerators; {@code aliases}: more keys for an item. */
    static List<Section> sections(List<Menu> menus, Map<MenuItem, List<KeyCombination>> aliases) {
        List<Section> sections = new ArrayList<>();
        for (Menu menu : menus) {
            List<Row> rows = items(menu).filter(item -> item.getAccelerator() != null)
                    .map(item -> new Row(Stream.concat(Stream.of(item.getAccelerator()),
                                    aliases.getOrDefault(item, List.of()).stream())
                            .map(KeyCombination::getDisplayText).collect(Collectors.joining(", ")),
                            withoutMnemonic(item.getText())))
                    .toList();
            if (!rows.isEmpty()) {
                sections.add(new Section(withoutMnemonic(menu.getText()), rows));
            }
        }
        return sections;
    }

    /**
     * The sections in two columns of menus (keys, then action), each column a grid of its own so that its rows keep
     * their own heights; the left column takes menus until it holds about half of the lines.
     */
    static HBox grid(List<Section> sections) {
        int lines = sections.stream().mapToInt(s -> s.rows().size() + 1).sum();
        GridPane left = column();
        GridPane right = column();
        GridPane into = left;
        int leftLines = 0;
        for (Section section : sections) {
            if (into == left && leftLines > 0 && leftLines + (section.rows().size() + 1) / 2 > lines / 2) {
                into = right;
            }
            int row = into.getRowCount();
            into.add(label(section.menu(), "shortcut-section"), 0, row++, 2, 1);
            for (Row r : section.rows()) {
                into.add(label(r.keys(), "shortcut-keys"), 0, row);
                into.add(label(r.action(), "shortcut-action"), 1, row++);
            }
            if (into == left) {
                leftLines += section.rows().size() + 1;
            }
        }
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("shortcuts");
        return columns;
    }

    private static GridPane column() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-column");
        return grid;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** Every item of the menu and its submenus. */
    private static Stream<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(item -> item instanceof Menu sub ? items(sub) : Stream.of(item));
    }

    /** A menu text without its mnemonic mark ("_Open…" → "Open…"). */
    private static String withoutMnemonic(String text) {
        return text == null ? "" : text.replaceFirst("_", "");
    }
}
