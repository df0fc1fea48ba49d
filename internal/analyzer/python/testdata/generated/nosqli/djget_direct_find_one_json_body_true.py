# generated case: rule=PY-NOSQLI source=djget propagation=direct sink=find_one_json_body expected=true
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.GET.get("p", "")
    bar = param
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": result})
