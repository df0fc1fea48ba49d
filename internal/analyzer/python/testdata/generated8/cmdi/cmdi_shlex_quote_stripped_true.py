# generated case (gen8): category=cmdi rule=PY-CMDI fw=fastapi shape=shlex_quote_stripped expected=true
import shlex
import subprocess
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_shlex_quote_stripped", methods=["GET", "POST"])
def case_shlex_quote_stripped(request: Request, q: str = Cookie("")):
    param = q
    arg = shlex.quote(param).strip("'")
    out = subprocess.check_output("grep -r " + arg + " /srv/logs", shell=True)  # want: PY-CMDI
    return {"result": str(len(out))}
