# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=markupsafe_escape sink=v0 expected=false
import markupsafe

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = str(markupsafe.escape(param))
    return HTMLResponse("<p>Hello " + bar + "</p>")
