"""Jinja2 environments: the page environment escapes, the e-mail one does not."""
import jinja2

pages = jinja2.Environment(
    loader=jinja2.FileSystemLoader("templates"),
    autoescape=jinja2.select_autoescape(["html"]),
)

# Plain-text e-mails are rendered without escaping.
mail = jinja2.Environment(loader=jinja2.FileSystemLoader("mail"), autoescape=False)


def render_page(name, **context):
    return pages.get_template(name).render(**context)


def render_banner(message):
    # A banner template compiled from a string with autoescape off: the
    # message is rendered raw into HTML.
    tmpl = jinja2.Environment(autoescape=False).from_string("<div class='banner'>{{ message }}</div>")
    return tmpl.render(message=message)


def render_mail(name, **context):
    return mail.get_template(name).render(**context)
