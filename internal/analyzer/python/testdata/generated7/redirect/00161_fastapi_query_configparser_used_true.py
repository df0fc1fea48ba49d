# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=query shape=configparser_used sink=v2 expected=true
import configparser

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00161")
def case_00161(request: Request, q: str = ""):
    param = q
    cp = configparser.ConfigParser()
    cp["search"] = {"term": param, "mode": "basic"}
    bar = cp["search"]["term"]
    return RedirectResponse(bar, status_code=302)  # want: PY-OPEN-REDIRECT
