# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=namedtuple_replace expected=true
import collections
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

Job = collections.namedtuple("Job", ["code", "name"])


@app.api_route("/codeinj_namedtuple_replace", methods=["GET", "POST"])
def case_namedtuple_replace(request: Request, q: str = Body("", embed=True)):
    param = q
    job = Job("pass", "noop")._replace(code=param)
    exec(job.code)  # want: PY-CODE-INJECTION
    return {"result": str(job.name)}
