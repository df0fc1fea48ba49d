# generated case (gen_cases2): rule=PY-SSRF context=djcbvinherit propagation=direct sink=safe-api expected=false
import requests

from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return JsonResponse({"result": result})


class HandleSsrfView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
