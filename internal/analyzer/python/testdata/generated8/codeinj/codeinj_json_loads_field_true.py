# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=django shape=json_loads_field expected=true
import json
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_json_loads_field(request):
    param = request.META.get("HTTP_X_Q", "")
    try:
        data = json.loads(param)
    except ValueError:
        data = {"expr": "0"}
    result = eval(data["expr"])  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("codeinj_json_loads_field/", case_json_loads_field),
]
