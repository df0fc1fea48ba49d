# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=compile_then_exec expected=true
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/codeinj_compile_then_exec", methods=["GET", "POST"])
def case_compile_then_exec(request: Request, q: str = ""):
    param = q
    code = compile(param, "<rule>", "exec")  # want: PY-CODE-INJECTION
    scope = {}
    exec(code, scope)  # want: PY-CODE-INJECTION
    return {"result": str(len(scope))}
