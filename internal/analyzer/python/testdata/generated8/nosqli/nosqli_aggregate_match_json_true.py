# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=fastapi shape=aggregate_match_json expected=true
from pymongo import MongoClient
import json
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.api_route("/nosqli_aggregate_match_json", methods=["GET", "POST"])
def case_aggregate_match_json(request: Request, x_q: str = Header("")):
    param = x_q
    stage = {"$match": json.loads(param)}
    docs = list(db.orders.aggregate([stage, {"$limit": 10}]))  # want: PY-NOSQLI
    return {"result": str(len(docs))}
