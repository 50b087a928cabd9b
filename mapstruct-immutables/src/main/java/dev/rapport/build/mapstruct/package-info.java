/** Build-time support for the MapStruct annotation processor. */
package dev.rapport.build.mapstruct;
