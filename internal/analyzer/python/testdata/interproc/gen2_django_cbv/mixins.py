# gen2_django_cbv: a base view whose get() is inherited by a registered subclass
from django.http import HttpResponse
from django.views import View


class GreetingBase(View):
    greeting = "Hello"

    def get(self, request):
        name = request.GET.get("name", "")
        return HttpResponse("<p>" + self.greeting + " " + name + "</p>")  # want: PY-XSS
