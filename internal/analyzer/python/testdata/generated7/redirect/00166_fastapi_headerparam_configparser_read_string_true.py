# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam shape=configparser_read_string sink=v2 expected=true
import configparser

from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00166")
async def case_00166(request: Request, x_query: str = Header("")):
    param = x_query
    cp = configparser.ConfigParser(interpolation=None)
    cp.read_string("[s]\nterm = " + param.splitlines()[0] + "\n")
    bar = cp.get("s", "term")
    return RedirectResponse(bar, status_code=302)  # want: PY-OPEN-REDIRECT
