# generated case (gen_cases2): rule=PY-XSS context=djcbvinherit propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        return render(request, "hello.html", {"name": bar})


class HandleXssView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]
