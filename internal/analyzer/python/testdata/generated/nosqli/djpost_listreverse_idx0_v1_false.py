# generated case: rule=PY-NOSQLI source=djpost propagation=listreverse_idx0 sink=v1 expected=false
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.POST["p"]
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return JsonResponse({"result": result})
