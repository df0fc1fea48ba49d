# frameworks/django/blog: Django views that use request data safely (ORM, params, escaping, templates, allow-lists) -> no findings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.views import View

from .models import Comment, Post

THEMES = {"light", "dark"}


def search(request):
    q = request.GET.get("q", "")
    posts = Post.objects.filter(title__icontains=q)[:20]
    return render(request, "blog/search.html", {"q": q, "posts": posts})


def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug)
    with connection.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM blog_view WHERE slug = %s", [slug])
        views = cur.fetchone()[0]
    return HttpResponse(format_html("<h1>{}</h1><p>{} views</p>", post.title, views))


def comment(request, pk):
    Comment.objects.create(post_id=pk, body=request.POST.get("body", "")[:2000])
    return redirect("blog:post", slug=get_object_or_404(Post, pk=pk).slug)


def set_theme(request):
    theme = request.GET.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    resp = JsonResponse({"theme": theme})
    resp.set_cookie("theme", theme)
    return resp


class ArchiveView(View):
    def get(self, request, year):
        with connection.cursor() as cur:
            cur.execute(f"SELECT slug FROM blog_post WHERE strftime('%Y', published) = '{year}'")
            return JsonResponse({"slugs": [r[0] for r in cur.fetchall()]})
