# generated case (gen_cases2): ast.literal_eval in a class-based view -> no code injection
import ast

from django.http import JsonResponse
from django.urls import path
from django.views import View


class CalcView(View):
    def post(self, request):
        value = ast.literal_eval(request.POST.get("expr", "0"))
        return JsonResponse({"value": str(value)})


urlpatterns = [path("calc/", CalcView.as_view())]
