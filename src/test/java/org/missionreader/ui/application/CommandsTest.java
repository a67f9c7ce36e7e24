package org.missionreader.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private static Command command(String id) {
        return Command.of(id, Command.Menu.FILE, "menu.file.quit", null, () -> { });
    }

    private static List<String> ids(Commands commands) {
        return commands.all().stream().map(Command::id).toList();
    }

    @Test
    void aCommandAddedBeforeAnotherTakesItsPlace() {
        Commands commands = new Commands();
        commands.add(command("open"));
        commands.add(command("quit"));
        commands.addBefore("quit", command("export"));
        assertEquals(List.of("open", "export", "quit"), ids(commands));
        commands.addBefore("open", command("new"));
        assertEquals(List.of("new", "open", "export", "quit"), ids(commands));
    }

    @Test
    void beforeOneThatIsNotThereItGoesLast() {
        Commands commands = new Commands();
        commands.add(command("open"));
        commands.addBefore("quit", command("export"));
        assertEquals(List.of("open", "export"), ids(commands));
    }

    @Test
    void anIdIsAddedOnce() {
        Commands commands = new Commands();
        commands.add(command("open"));
        assertThrows(IllegalArgumentException.class, () -> commands.addBefore("open", command("open")));
        assertEquals(List.of("open"), ids(commands));
    }
}
