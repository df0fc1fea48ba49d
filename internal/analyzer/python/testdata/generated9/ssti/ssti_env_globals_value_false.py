# generated case (gen9): category=ssti rule=PY-SSTI fw=fastapi shape=env_globals_value expected=false
import jinja2
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssti_env_globals_value", methods=["GET", "POST"])
def case_env_globals_value(request: Request, x_q: str = Header("")):
    param = x_q
    env = jinja2.Environment(autoescape=True)
    env.globals["user"] = param
    out = env.from_string("Hi {{ user }}").render()
    return {"result": str(out)}
