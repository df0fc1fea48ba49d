# generated case (gen9): category=ssrf rule=PY-SSRF fw=django shape=base_fetcher_hook expected=true
import requests
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Fetcher:
    def fetch(self, value):
        return requests.get(self.url_for(value), timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY

    def url_for(self, value):
        return "https://api.example.com/"


class StatusFetcher(Fetcher):
    def url_for(self, value):
        return "http://" + value + "/status"


def case_base_fetcher_hook(request):
    param = request.GET.get("q", "")
    resp = StatusFetcher().fetch(param)
    return JsonResponse({"result": str(resp.status_code)})


urlpatterns = [
    path("ssrf_base_fetcher_hook/", case_base_fetcher_hook),
]
