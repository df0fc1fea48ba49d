# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=markupsafe_escape sink=v0 expected=true
import markupsafe

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = str(markupsafe.escape(param))
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
