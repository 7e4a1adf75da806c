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
 * A password {@link PasswordRules} accepts; when it does not, the message beside the field says why. A blank one
 * passes here: {@code @NotBlank} asks for one.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Check.class)
public @interface AcceptablePassword {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the rule the password breaks, in {@link PasswordRules}' words. */
    final class Check implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null || password.isEmpty()) {
                return true;
            }
            var refusal = PasswordRules.refusal(password);
            if (refusal.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Texts.text(Texts.current(), refusal.get()))
                    .addConstraintViolation();
            return false;
        }
    }
}
