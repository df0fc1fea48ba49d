# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=fastapi shape=where_int_percent_d expected=false
from pymongo import MongoClient
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.api_route("/nosqli_where_int_percent_d", methods=["GET", "POST"])
def case_where_int_percent_d(request: Request, q: str = Query("")):
    param = q
    try:
        limit = int(param)
    except ValueError:
        limit = 0
    docs = list(db.products.find({"$where": "this.stock > %d" % limit}))
    return {"result": str(len(docs))}
