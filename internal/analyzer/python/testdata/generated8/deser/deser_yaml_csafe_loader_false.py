# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=yaml_csafe_loader expected=false
import yaml
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/deser_yaml_csafe_loader", methods=["GET", "POST"])
def case_yaml_csafe_loader(request: Request, x_q: str = Header("")):
    param = x_q
    doc = yaml.load(param, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {"result": str(type(doc).__name__)}
