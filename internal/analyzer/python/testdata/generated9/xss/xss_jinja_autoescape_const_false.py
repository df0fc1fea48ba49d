# generated case (gen9): category=xss rule=PY-XSS fw=fastapi shape=jinja_autoescape_const expected=false
from jinja2 import Environment
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_jinja_autoescape_const", methods=["GET", "POST"])
def case_jinja_autoescape_const(request: Request, x_q: str = Header("")):
    param = x_q
    env = Environment(autoescape=True)
    return HTMLResponse(env.from_string("<p>{{ x }}</p>").render(x=param))
