# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=numpy_no_pickle expected=false
import io

import numpy
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/deser_numpy_no_pickle", methods=["GET", "POST"])
def case_numpy_no_pickle(request: Request, q: str = Body("", embed=True)):
    param = q
    arr = numpy.load(io.BytesIO(param.encode("latin-1")), allow_pickle=False)
    return {"result": str(type(arr).__name__)}
