# generated case (gen_cases2): rule=PY-XSS context=djcbvselfhelper propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = param
        return render(request, "hello.html", {"name": bar})


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]
