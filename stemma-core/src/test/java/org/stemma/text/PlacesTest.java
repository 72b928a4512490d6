package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void countriesStatesAndProvincesArePlacesAndNamesAreNot() {
        assertThat(Places.isPlace("Iraq")).as("a country, from the JDK's ISO 3166 names").isTrue();
        assertThat(Places.isPlace("Myanmar")).as("a name without its bracketed alternative").isTrue();
        assertThat(Places.isPlace("United States")).isTrue();
        assertThat(Places.isPlace("south carolina")).as("any case").isTrue();
        assertThat(Places.isPlace("Nova Scotia")).as("a Canadian province").isTrue();
        assertThat(Places.isPlace("Dana Wells")).isFalse();
        assertThat(Places.isPlace("Halifax")).as("cities are not listed").isFalse();
    }
}
