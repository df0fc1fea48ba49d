# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=items_value_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    for _k, v in {param: "safe"}.items():
        bar = v
    return HTMLResponse("<p>Hello " + bar + "</p>")
