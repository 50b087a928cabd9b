package dev.rapport.archfixture.serviced.core.port.in;

/** A use case, which an adapter may take. */
public interface ExportUseCase {}
