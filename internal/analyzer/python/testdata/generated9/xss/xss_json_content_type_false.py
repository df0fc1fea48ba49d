# generated case (gen9): category=xss rule=PY-XSS fw=django shape=json_content_type expected=false
import json
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_json_content_type(request):
    param = request.GET.get("q", "")
    return HttpResponse(json.dumps({"q": param}), content_type="application/json")


urlpatterns = [
    path("xss_json_content_type/", case_json_content_type),
]
