# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=exec_const_code_ns expected=false
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/codeinj_exec_const_code_ns", methods=["GET", "POST"])
def case_exec_const_code_ns(request: Request, q: str = Form("")):
    param = q
    ns = {"data": param}
    exec("result = len(data)", ns)
    return {"result": str(ns["result"])}
