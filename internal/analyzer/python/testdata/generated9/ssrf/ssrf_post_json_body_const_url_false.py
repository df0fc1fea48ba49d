# generated case (gen9): category=ssrf rule=PY-SSRF fw=django shape=post_json_body_const_url expected=false
import requests
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_post_json_body_const_url(request):
    param = request.POST.get("q", "")
    resp = requests.post("https://api.example.com/search", json={"q": param}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return JsonResponse({"result": str(resp.status_code)})


urlpatterns = [
    path("ssrf_post_json_body_const_url/", case_post_json_body_const_url),
]
