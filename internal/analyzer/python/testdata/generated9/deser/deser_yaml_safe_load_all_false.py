# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=yaml_safe_load_all expected=false
import yaml
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/deser_yaml_safe_load_all", methods=["GET", "POST"])
def case_yaml_safe_load_all(request: Request, q: str = Form("")):
    param = q
    docs = list(yaml.safe_load_all(param))
    return {"result": str(len(docs))}
