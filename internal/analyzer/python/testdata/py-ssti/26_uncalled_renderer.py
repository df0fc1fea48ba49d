# SSTI FALSE: generic from_string helper is only ever called with a constant template
from jinja2 import Environment

env = Environment(autoescape=True)


def render_custom(template_source, **ctx):
    return env.from_string(template_source).render(**ctx)


WELCOME = render_custom("Welcome to {{ shop }}", shop="Acme")
