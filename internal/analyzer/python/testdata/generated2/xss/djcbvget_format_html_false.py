# generated case (gen_cases2): format_html escapes its arguments in a class-based view -> no XSS
from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html
from django.views import View


class GreetView(View):
    def get(self, request):
        name = request.GET.get("name", "")
        return HttpResponse(format_html("<p>Hello {}</p>", name))


urlpatterns = [path("greet/", GreetView.as_view())]
