package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A load keeps where each id stands, by kind, in characters as an editor counts them. */
class IdPlacesTest {

    @Test
    void eachIdIsPlacedAtItsValueAndTheFirstOfARepeatedIdWins() {
        String json = "{\"schemaVersion\": 1,\n"
                + "  \"missions\": [{\"id\": \"mé\"}, {\"id\": \"mé\"}],\n"
                + "  \"events\": [\n    {\"id\": \"mé\"}]}";
        LoadResult result = new LibraryLoader().load("places.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(new IdPlaces.Place(2, 23), result.idPlaces().of("mission", "mé").orElseThrow());
        assertEquals(new IdPlaces.Place(4, 12), result.idPlaces().of("event", "mé").orElseThrow());
        assertTrue(result.idPlaces().of("document", "mé").isEmpty());
        assertTrue(result.idPlaces().of("mission", "other").isEmpty());
    }

    @Test
    void theBundledLibraryPlacesThePressElements() {
        LoadResult result = new LibraryLoader().loadBundled();
        IdPlaces.Place place = result.idPlaces().of("document", "minusma-press-elements-2015-03-04").orElseThrow();
        assertTrue(place.line() > 1 && place.column() > 1, place.toString());
    }
}
