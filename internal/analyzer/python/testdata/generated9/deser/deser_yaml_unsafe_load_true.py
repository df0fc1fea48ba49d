# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=yaml_unsafe_load expected=true
import yaml
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/deser_yaml_unsafe_load", methods=["GET", "POST"])
def case_yaml_unsafe_load(request: Request, q: str = Body("", embed=True)):
    param = q
    obj = yaml.unsafe_load(param)  # want: PY-DESERIALIZATION
    return {"result": str(type(obj).__name__)}
