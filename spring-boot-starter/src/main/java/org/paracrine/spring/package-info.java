/**
 * Spring Boot 4.1 starter for services that check lots with Paracrine.
 *
 * <p>Add {@code org.paracrine:paracrine-spring-boot-starter} to a Spring Boot web application and
 * {@link org.paracrine.spring.ParacrineAutoConfiguration} provides a strict, bounded HTTP message converter for
 * Paracrine documents and {@link org.paracrine.spring.ReleaseCheckRequest}, {@code application/problem+json} for
 * every error, a request body limit, {@link org.paracrine.spring.ReleaseChecks} (a {@code ReleaseChecker} built
 * from {@link org.paracrine.spring.ParacrineProperties}, with provenance on every report) and Actuator
 * {@code info}/{@code health} contributions. A controller is then a few lines:
 *
 * <pre>{@code
 * @PostMapping(path = "/release-checks", consumes = "application/json", produces = "application/json")
 * ReleaseReport check(@Valid @RequestBody ReleaseCheckRequest request, Principal principal) {
 *   return checks.check(request, principal.getName());
 * }
 * }</pre>
 */
package org.paracrine.spring;
