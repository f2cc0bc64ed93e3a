/** The review page (review.html, `npm run dev` only): drafts checked against their sentences. */
import '../../theme.css';
import { mount } from 'svelte';
import Review from './Review.svelte';

mount(Review, { target: document.getElementById('review')! });
