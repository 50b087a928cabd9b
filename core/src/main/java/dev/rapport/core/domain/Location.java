package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a contact is: city, region and country, each optional. */
public record Location(Optional<String> city, Optional<String> region, Optional<String> country) {

  private static final Location UNKNOWN = new Location(Optional.empty(), Optional.empty(), Optional.empty());

  public Location {
    checkNotNull(city, "city");
    checkNotNull(region, "region");
    checkNotNull(country, "country");
    city = city.map(String::strip).filter(s -> !s.isEmpty());
    region = region.map(String::strip).filter(s -> !s.isEmpty());
    country = country.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A location nobody recorded. */
  public static Location unknown() {
    return UNKNOWN;
  }

  /** Builds a location from parts, any of which may be null or blank. */
  public static Location of(String city, String region, String country) {
    return new Location(Optional.ofNullable(city), Optional.ofNullable(region), Optional.ofNullable(country));
  }

  /** Reads "City, Region, Country", "City, Country" or "City". */
  public static Location parse(String text) {
    String[] parts = text.split(",", -1);
    return switch (parts.length) {
      case 1 -> of(parts[0], null, null);
      case 2 -> of(parts[0], null, parts[1]);
      default -> of(parts[0], parts[1], String.join(",", java.util.Arrays.copyOfRange(parts, 2, parts.length)));
    };
  }

  /** Whether nothing is known. */
  public boolean isUnknown() {
    return city.isEmpty() && region.isEmpty() && country.isEmpty();
  }

  /** "City, Region, Country" with the unknown parts left out. */
  @Override
  public String toString() {
    return Stream.of(city, region, country).flatMap(Optional::stream).collect(Collectors.joining(", "));
  }
}
