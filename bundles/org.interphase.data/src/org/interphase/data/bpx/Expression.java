package org.interphase.data.bpx;

import java.util.Locale;

/**
 * The BPX function expressions of one variable x (Python syntax: + - * / **, parentheses, numbers,
 * exp, log, sqrt, tanh, cosh, sinh, abs), evaluated by recursive descent.
 */
final class Expression {

    private final String text;
    private int at;
    private double x;

    private Expression(String text) {
        this.text = text;
    }

    /** The value at x; IllegalArgumentException naming the position for a malformed expression. */
    static double evaluate(String text, double x) {
        Expression e = new Expression(text);
        e.x = x;
        double v = e.sum();
        e.blanks();
        if (e.at < text.length()) {
            throw e.error("unexpected '" + text.charAt(e.at) + "'");
        }
        return v;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + (at + 1) + " of \"" + text + "\"");
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean eat(String token) {
        blanks();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private double sum() {
        double v = product();
        while (true) {
            if (eat("+")) {
                v += product();
            } else if (eat("-")) {
                v -= product();
            } else {
                return v;
            }
        }
    }

    private double product() {
        double v = unary();
        while (true) {
            blanks();
            if (text.startsWith("**", at)) {
                return v; // handled in power()
            }
            if (eat("*")) {
                v *= unary();
            } else if (eat("/")) {
                v /= unary();
            } else {
                return v;
            }
        }
    }

    private double unary() {
        if (eat("-")) {
            return -unary();
        }
        if (eat("+")) {
            return unary();
        }
        return power();
    }

    private double power() {
        double base = atom();
        if (eat("**")) {
            return Math.pow(base, unary()); // right-associative, binds tighter than unary minus on its left
        }
        return base;
    }

    private double atom() {
        blanks();
        if (eat("(")) {
            double v = sum();
            if (!eat(")")) {
                throw error("missing ')'");
            }
            return v;
        }
        int start = at;
        if (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
                at++;
                if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                    at++;
                }
                while (at < text.length() && Character.isDigit(text.charAt(at))) {
                    at++;
                }
            }
            return Double.parseDouble(text.substring(start, at));
        }
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        String name = text.substring(start, at).toLowerCase(Locale.ROOT);
        if (name.equals("x")) {
            return x;
        }
        if (name.isEmpty()) {
            throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "unexpected end");
        }
        if (!eat("(")) {
            throw error("unknown name '" + name + "'");
        }
        double a = sum();
        if (!eat(")")) {
            throw error("missing ')'");
        }
        return switch (name) {
            case "exp" -> Math.exp(a);
            case "log" -> Math.log(a);
            case "sqrt" -> Math.sqrt(a);
            case "tanh" -> Math.tanh(a);
            case "cosh" -> Math.cosh(a);
            case "sinh" -> Math.sinh(a);
            case "abs" -> Math.abs(a);
            default -> throw error("unknown function '" + name + "'");
        };
    }
}
