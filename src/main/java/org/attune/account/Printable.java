package org.attune.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.attune.web.Texts;

/**
 * A name that certificates can print ({@link PrintableName}); when it cannot, the message beside the field says
 * what to change. A blank name passes here: {@code @NotBlank} asks for one.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Printable.Check.class)
public @interface Printable {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the one problem {@link PrintableName} finds, in its words. */
    final class Check implements ConstraintValidator<Printable, String> {

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            if (name == null || name.isBlank()) {
                return true;
            }
            var problem = PrintableName.problem(name);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Texts.text(Texts.current(), problem.get()))
                    .addConstraintViolation();
            return false;
        }
    }
}
