# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=eval_repr_literal expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/codeinj_eval_repr_literal", methods=["GET", "POST"])
def case_eval_repr_literal(request: Request, q: str = Cookie("")):
    param = q
    value = eval(repr(param))
    return {"result": str(value)}
