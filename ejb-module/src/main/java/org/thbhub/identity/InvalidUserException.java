package org.thbhub.identity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A user request that names everything wrong with it at once: answered 422 with every field. */
@ApplicationException(rollback = true)
public class InvalidUserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, String message) {}

    private final List<FieldProblem> problems;

    public InvalidUserException(List<FieldProblem> problems) {
        super(
                problems.stream()
                        .map(FieldProblem::message)
                        .reduce((a, b) -> a + " " + b)
                        .orElse("The user is not valid."));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
